package org.gridwatch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** Rules Spring Modulith does not check. */
@AnalyzeClasses(packages = "org.gridwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule controllersLiveInWebPackages = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().resideInAPackage("org.gridwatch.*.web..")
            .because("each module keeps its HTTP layer in its web subpackage");

    @ArchTest
    static final ArchRule controllersAreNotPublic = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule noFieldInjection = noFields()
            .should().beAnnotatedWith(Autowired.class)
            .because("dependencies come through constructors");

    @ArchTest
    static final ArchRule entitiesStayInsideTheirModule = classes()
            .that().areAnnotatedWith(Entity.class)
            .should().notBePublic()
            .because("other modules see records through facades and views, not entities");

    @ArchTest
    static final ArchRule repositoriesStayInsideTheirModule = classes()
            .that().areAssignableTo(Repository.class).and().areInterfaces()
            .should().notBePublic();

    @ArchTest
    static final ArchRule webLayerDoesNotTouchRepositories = noClasses()
            .that().resideInAPackage("..web..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class);
}
