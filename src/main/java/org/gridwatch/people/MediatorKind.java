package org.gridwatch.people;

/** What a mediator is by trade: a community worker (社区工作人员) or a lawyer (律师). */
public enum MediatorKind {
    COMMUNITY_WORKER, LAWYER
}
