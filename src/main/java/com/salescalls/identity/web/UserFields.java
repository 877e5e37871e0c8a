package com.salescalls.identity.web;

/** The rules for the fields of a new account, shared by self-registration and admin creation. */
final class UserFields {

    static final String USERNAME = "[A-Za-z0-9_.-]*";
    static final String USERNAME_MESSAGE = "may contain only letters, digits, '_', '.' and '-'";
    static final String ROLE = "admin|manager|agent";
    static final String ROLE_MESSAGE = "must be one of admin, manager, agent";

    private UserFields() {
    }
}
