package org.gridwatch.demo;

/**
 * One module's demo records, loaded after the demo territory in the loader's transaction. Implementations are
 * {@code @Component}s; their {@code @Order} decides the sequence (records that others refer to first).
 */
interface DemoRecords {

    void load();
}
