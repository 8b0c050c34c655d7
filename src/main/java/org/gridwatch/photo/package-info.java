/**
 * Photos attached to records (field records, hazards' before and after pictures): checked from their bytes
 * (JPEG, PNG, WebP only, at most 10 MB each and 5 per owner), stored in PostgreSQL with the record so that a
 * backup of the database is a backup of everything, with a small JPEG thumbnail. This module does not know
 * who may see a record: the owning module checks its record's scope first and only then asks for the bytes.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Photos",
        allowedDependencies = {"shared"})
package org.gridwatch.photo;
