package com.salescalls.identity.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.platform.Identifiers;
import com.salescalls.identity.AccountService;
import com.salescalls.identity.Role;
import com.salescalls.identity.TokenService;
import com.salescalls.identity.UserAccount;

/** User management; the security configuration lets only admins reach these paths. */
@RestController
@Tag(name = "admin")
class AdminController {

    private final AccountService accounts;
    private final TokenService tokens;

    AdminController(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record UserList(List<UserView> users, long total, int limit, int offset) {
    }

    record RoleChange(
            @Nullable @Pattern(regexp = UserFields.ROLE, message = UserFields.ROLE_MESSAGE) String role,
            @Nullable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String agentId,
            @Nullable Boolean disabled) {
    }

    record NewUser(
            @NotBlank @Size(min = 3, max = 50) @Pattern(regexp = UserFields.USERNAME,
                    message = UserFields.USERNAME_MESSAGE) String username,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 72) String password,
            @NotBlank @Pattern(regexp = UserFields.ROLE, message = UserFields.ROLE_MESSAGE) String role,
            @Nullable @Pattern(regexp = Identifiers.PATTERN, message = Identifiers.MESSAGE) String agentId) {
    }

    @PostMapping(path = "/api/v1/admin/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a user with any role (admin only); an agent needs an agent_id")
    UserView create(@Valid @RequestBody NewUser user) {
        return UserView.of(accounts.create(user.username(), user.email(), user.password(),
                Role.fromWireName(user.role()), user.agentId()));
    }

    @GetMapping("/api/v1/admin/users")
    @Operation(summary = "List users (admin only)")
    UserList list(@RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(100) int limit,
                  @RequestParam(name = "offset", defaultValue = "0") @Min(0) int offset) {
        AccountService.UserPage page = accounts.list(limit, offset);
        return new UserList(page.users().stream().map(UserView::of).toList(), page.total(), limit, offset);
    }

    @PatchMapping(path = "/api/v1/admin/users/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set a user's role and, for an agent, its agent_id; `disabled: true` stops its login and "
            + "its tokens at once (admin only)")
    UserView change(@PathVariable String username, @Valid @RequestBody RoleChange change) {
        UserAccount changed = accounts.get(username);
        if (change.role() != null || change.agentId() != null) {
            Role role = change.role() == null ? null : Role.fromWireName(change.role());
            changed = accounts.changeRole(username, role, change.agentId());
        }
        if (change.disabled() != null) {
            changed = accounts.setDisabled(username, change.disabled());
            if (change.disabled()) {
                tokens.revokeAllSessions(changed.id(), "disabled");
            }
        }
        return UserView.of(changed);
    }
}
