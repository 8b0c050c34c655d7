-- The resident's verdict (群众满意度) on a visit or a consultation, with an optional remark.
alter table visit add column satisfaction varchar(20);
alter table visit add column satisfaction_comment varchar(200);
alter table visit add constraint visit_satisfaction_known
    check (satisfaction is null or satisfaction in ('SATISFIED', 'BASICALLY', 'UNSATISFIED'));
alter table visit add constraint visit_satisfaction_comment_answered
    check (satisfaction_comment is null or satisfaction is not null);
alter table visit_aud add column satisfaction varchar(20);
alter table visit_aud add column satisfaction_comment varchar(200);

alter table consultation add column satisfaction varchar(20);
alter table consultation add column satisfaction_comment varchar(200);
alter table consultation add constraint consultation_satisfaction_known
    check (satisfaction is null or satisfaction in ('SATISFIED', 'BASICALLY', 'UNSATISFIED'));
alter table consultation add constraint consultation_satisfaction_comment_answered
    check (satisfaction_comment is null or satisfaction is not null);
alter table consultation_aud add column satisfaction varchar(20);
alter table consultation_aud add column satisfaction_comment varchar(200);
