package org.framsteg.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: the abstract type is the public name, the generated
 * implementation is package-private and reached through {@code builder()} on the abstract type,
 * accessors have no {@code get} prefix and absent values are {@link java.util.Optional}.
 *
 * <p>Used only at compile time; nothing of Immutables is needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    get = {"is*", "get*"},
    init = "*",
    defaults = @Value.Immutable(copy = true),
    jdkOnly = true,
    allParameters = false,
    optionalAcceptNullable = false,
    deepImmutablesDetection = true,
    overshadowImplementation = true)
public @interface FramstegStyle {}
