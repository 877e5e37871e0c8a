package com.salescalls.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.salescalls.platform.InvalidParameters;

/** Registration, password checks and role management. */
@Service
public class AccountService {

    /** BCrypt reads at most 72 bytes; a longer password would be silently truncated, so it is refused. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final LoginThrottle throttle;
    /** Compared against when the user does not exist, so a login takes as long whether or not it does. */
    private final String decoyHash;

    AccountService(UserRepository users, PasswordEncoder passwords, IdentityProperties properties,
            LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
        this.throttle = throttle;
        this.decoyHash = passwords.encode("decoy-password-for-timing");
    }

    /** Self-registration: creates a manager, when the setting allows it. */
    @Transactional
    public UserAccount register(String username, String email, String password) {
        if (!properties.registrationEnabled()) {
            throw new IdentityProblems.RegistrationClosed();
        }
        return create(username, email, password, Role.MANAGER, null);
    }

    /** An account made by an admin, with any role; an agent needs the agent whose calls it reads. */
    @Transactional
    public UserAccount create(String username, String email, String password, Role role, @Nullable String agentId) {
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidParameters("password", "must be at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        checkAgentBinding(role, agentId);
        try {
            return users.insert(username, email, passwords.encode(password), role, agentId);
        } catch (DuplicateKeyException e) {
            throw new IdentityProblems.DuplicateUser();
        }
    }

    /**
     * The account whose password matches; 401 when none does (the same answer, after the same work, for an unknown
     * name, a wrong password and a disabled user), 429 after too many failures (see {@link LoginThrottle}). Not
     * read-only, so it runs on the primary: an account registered or a password changed a moment ago counts at once.
     */
    @Transactional
    public UserAccount authenticate(String username, String password, String clientAddress) {
        throttle.checkAllowed(username, clientAddress);
        Optional<UserRepository.Credentials> found = users.findCredentials(username);
        // A password BCrypt cannot read was never stored, so it cannot match (and must not reach BCrypt).
        boolean readable = password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
        boolean matches = readable && passwords.matches(password,
                found.map(UserRepository.Credentials::passwordHash).orElse(decoyHash));
        // a disabled user gets the answer of a wrong password: the account's state is not revealed
        if (found.isEmpty() || !matches || found.get().account().disabled()) {
            throttle.recordFailure(username, clientAddress);
            throw new IdentityProblems.InvalidCredentials("Incorrect username or password");
        }
        throttle.recordSuccess(username, clientAddress);
        return found.get().account();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public UserAccount get(String username) {
        return users.findByUsername(username).orElseThrow(() -> new IdentityProblems.UserNotFound(username));
    }

    /** A page of users by id, and how many there are in all. */
    @Transactional(readOnly = true)
    public UserPage list(int limit, int offset) {
        return new UserPage(users.page(limit, offset), users.count());
    }

    public record UserPage(List<UserAccount> users, long total) {
    }

    /**
     * Sets a user's role and, for an agent, the agent whose calls it reads. An agent needs an agent id; other
     * roles have none. The last admin cannot be demoted, or nobody could manage users any more.
     */
    @Transactional
    public UserAccount changeRole(String username, @Nullable Role role, @Nullable String agentId) {
        UserAccount current = get(username);
        Role newRole = role == null ? current.role() : role;
        String newAgent = agentId != null ? agentId : newRole == Role.AGENT ? current.agentId() : null;
        checkAgentBinding(newRole, newAgent);
        if (current.role() == Role.ADMIN && newRole != Role.ADMIN && users.countAdmins() <= 1) {
            throw new IdentityProblems.LastAdmin();
        }
        return users.updateRole(username, newRole, newAgent)
                .orElseThrow(() -> new IdentityProblems.UserNotFound(username));
    }

    private static void checkAgentBinding(Role role, @Nullable String agentId) {
        if (role == Role.AGENT && agentId == null) {
            throw new InvalidParameters("agent_id", "is required for the agent role");
        }
        if (role != Role.AGENT && agentId != null) {
            throw new InvalidParameters("agent_id", "only an agent user is bound to an agent");
        }
    }

    /** Whether any admin exists. */
    @Transactional(readOnly = true)
    boolean hasAdmin() {
        return users.countAdmins() > 0;
    }

    /** Replaces the password once the current one is proved; 401 when it is wrong. */
    @Transactional
    public UserAccount changePassword(String username, String currentPassword, String newPassword) {
        if (newPassword.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidParameters("new_password", "must be at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        UserRepository.Credentials credentials = users.findCredentials(username)
                .orElseThrow(() -> new IdentityProblems.UserNotFound(username));
        boolean readable = currentPassword.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
        if (!readable || !passwords.matches(currentPassword, credentials.passwordHash())) {
            throw new IdentityProblems.InvalidCredentials("The current password is wrong");
        }
        users.updatePasswordHash(credentials.account().id(), passwords.encode(newPassword));
        return credentials.account();
    }

    /**
     * Disables (or enables again) a user: a disabled one cannot log in and its tokens stop at once. The last
     * enabled admin cannot be disabled, or nobody could manage users any more.
     */
    @Transactional
    public UserAccount setDisabled(String username, boolean disabled) {
        UserAccount current = get(username);
        if (disabled && !current.disabled() && current.role() == Role.ADMIN && users.countAdmins() <= 1) {
            throw new IdentityProblems.LastAdmin();
        }
        return users.setDisabled(username, disabled).orElseThrow(() -> new IdentityProblems.UserNotFound(username));
    }

    /** Creates the configured admin at start, or makes that existing user an admin. */
    @Transactional
    void ensureAdmin(String username, String password, String email) {
        Optional<UserAccount> existing = users.findByUsername(username);
        if (existing.isEmpty()) {
            create(username, email, password, Role.ADMIN, null);
        } else if (existing.get().role() != Role.ADMIN) {
            users.updateRole(username, Role.ADMIN, null);
        }
    }
}
