-- Users of the API. Owned by the identity module.
CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      varchar(50)  NOT NULL,
    email         varchar(254) NOT NULL,
    password_hash varchar(100) NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('admin', 'manager', 'agent')),
    -- An `agent` user sees only the calls of this agent.
    agent_id      varchar(64),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now()
);

-- Login and every authenticated request look a user up by name; names and emails are unique whatever
-- their case, so that "Alice" cannot register beside "alice".
CREATE UNIQUE INDEX users_username_key ON users (lower(username));
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
