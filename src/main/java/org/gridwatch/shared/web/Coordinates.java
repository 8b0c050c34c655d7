package org.gridwatch.shared.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The checks behind {@link Latitude} and {@link Longitude}: a point on the earth, never NaN or infinite. */
public final class Coordinates {

    private Coordinates() {
    }

    /** True when the value is empty or a finite number no further from 0 than {@code limit}. */
    static boolean within(Double value, double limit) {
        return value == null || Double.isFinite(value) && Math.abs(value) <= limit;
    }

    /** The same for text from a hidden field: empty, or a number that passes {@link #within(Double, double)}. */
    static boolean within(CharSequence text, double limit) {
        if (text == null || text.toString().isBlank()) {
            return true;
        }
        try {
            return within(Double.valueOf(text.toString().strip()), limit);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public static class LatitudeNumber implements ConstraintValidator<Latitude, Double> {
        @Override
        public boolean isValid(Double value, ConstraintValidatorContext context) {
            return within(value, 90);
        }
    }

    public static class LatitudeText implements ConstraintValidator<Latitude, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return within(value, 90);
        }
    }

    public static class LongitudeNumber implements ConstraintValidator<Longitude, Double> {
        @Override
        public boolean isValid(Double value, ConstraintValidatorContext context) {
            return within(value, 180);
        }
    }

    public static class LongitudeText implements ConstraintValidator<Longitude, CharSequence> {
        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return within(value, 180);
        }
    }
}
