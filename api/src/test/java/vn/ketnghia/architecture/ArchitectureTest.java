package vn.ketnghia.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering the ADRs describe honest. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.ketnghia");
    }

    @Test
    void commonDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.ketnghia.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.ketnghia.agreement..", "vn.ketnghia.plan..", "vn.ketnghia.support..",
                        "vn.ketnghia.visit..", "vn.ketnghia.demo..", "vn.ketnghia.me..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothingCallsAResource() {
        noClasses().should().dependOnClassesThat().areAnnotatedWith(Path.class)
                .because("resources are thin entry points; shared logic belongs in services")
                .check(classes);
    }

    @Test
    void resourcesNeverReturnEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
                .should(new ArchCondition<>("not return a JPA entity, directly or wrapped") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Type type = method.reflect().getGenericReturnType();
                        if (mentionsEntity(type)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " returns an entity"));
                        }
                    }
                })
                .check(classes);
    }

    private static boolean mentionsEntity(Type type) {
        if (type instanceof Class<?> c) {
            return c.isAnnotationPresent(Entity.class);
        }
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (mentionsEntity(argument)) {
                    return true;
                }
            }
            return mentionsEntity(p.getRawType());
        }
        return false;
    }
}
