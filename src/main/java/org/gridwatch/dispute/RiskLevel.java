package org.gridwatch.dispute;

/** How likely a dispute is to turn into a case of public order (矛盾风险等级). */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
