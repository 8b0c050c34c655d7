package org.gridwatch.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A latitude: empty, or a finite number from -90 to 90. On a {@code Double} or on the text of a hidden field.
 * "NaN" and "Infinity" bind to a {@code Double} without complaint, and {@code @DecimalMin}/{@code @DecimalMax}
 * do not refuse NaN, so every form that takes a point uses this instead of its own check.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {Coordinates.LatitudeNumber.class, Coordinates.LatitudeText.class})
public @interface Latitude {

    String message() default "{org.gridwatch.shared.web.Latitude.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
