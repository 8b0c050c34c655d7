package org.gridwatch.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A longitude: empty, or a finite number from -180 to 180. On a {@code Double} or on the text of a hidden field.
 * See {@link Latitude}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {Coordinates.LongitudeNumber.class, Coordinates.LongitudeText.class})
public @interface Longitude {

    String message() default "{org.gridwatch.shared.web.Longitude.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
