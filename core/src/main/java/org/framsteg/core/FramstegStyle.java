package org.framsteg.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project.
 *
 * <p>The abstract type is the public name; the generated implementation is package-private and
 * users reach it through a public top-level builder returned by {@code Xxx.builder()}. Accessors
 * carry no {@code get} prefix, absent values are {@link java.util.Optional} and {@code build()}
 * returns the abstract type.
 *
 * <pre>{@code
 * @Value.Immutable @FramstegStyle
 * public abstract class Learner { ...  public static LearnerBuilder builder() { return new LearnerBuilder(); } }
 * }</pre>
 *
 * <p>Used only at compile time; nothing of Immutables is needed at run time.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    get = {"is*", "get*"},
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true))
public @interface FramstegStyle {}
