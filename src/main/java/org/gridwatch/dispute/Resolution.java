package org.gridwatch.dispute;

/** The outcome of a successful mediation: the agreement (调解协议) the parties reached. */
public record Resolution(String agreement) {

    public static final int LENGTH = 4000;
}
