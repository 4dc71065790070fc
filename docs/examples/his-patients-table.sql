-- Target table for docs/examples/his-patients-plan.yaml (PostgreSQL).
create table patient (
    patient_no     varchar(20)   primary key,
    name           varchar(50)   not null,
    gender         char(1),
    birth_date     date,
    id_card        varchar(18),
    phone          varchar(20),
    address        varchar(200),
    insurance_type varchar(20),
    balance        numeric(14,2),
    created_at     timestamp,
    remarks        varchar(500),
    source_system  varchar(20)   not null
);
