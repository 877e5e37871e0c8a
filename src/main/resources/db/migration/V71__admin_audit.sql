-- What admins did, kept by the identity module: who, what, when, from where, and how it ended.
CREATE TABLE admin_audit (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz  NOT NULL DEFAULT now(),
    actor          varchar(50)  NOT NULL,
    action         varchar(64)  NOT NULL,
    method         varchar(8)   NOT NULL,
    path           varchar(512) NOT NULL,
    target         varchar(128),
    status         int          NOT NULL,
    client_address varchar(64)  NOT NULL
);
