package org.gridwatch.hazard.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Messages and dates in Chinese whatever the page's language: the rectification notice is a document handed to
 * the responsible unit. Templates call {@code zh.t(key, args…)} and {@code zh.date(…)}.
 */
final class ChineseWording {

    private final MessageSource messages;
    private final ZoneId zone;

    ChineseWording(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public String date(Instant instant) {
        return instant == null ? "" : date(LocalDate.ofInstant(instant, zone));
    }
}
