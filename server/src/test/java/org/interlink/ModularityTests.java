package org.interlink;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /**
     * The matching library (Maven module {@code matching}) shares the base package, so Modulith takes it for an
     * application module whose sub-packages are internal; its {@code pdq} package is the library's exported PDQ API
     * (module-info {@code exports}), used by {@code content}, and is left out of the application modules.
     */
    private final ApplicationModules modules = ApplicationModules.of(
            Interlink.class, JavaClass.Predicates.resideInAPackage("org.interlink.matching.pdq.."));

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(modules).writeDocumentation();
    }
}
