package com.salescalls.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.identity.AccountService;
import com.salescalls.identity.CurrentUser;
import com.salescalls.identity.TokenService;
import com.salescalls.identity.TokenService.TokenPair;

/** Registration, login (form-encoded as OAuth2 password-flow clients send it, or JSON), refresh and "me". */
@RestController
@Tag(name = "auth")
class AuthController {

    private final AccountService accounts;
    private final TokenService tokens;

    AuthController(AccountService accounts, TokenService tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record RegisterRequest(
            @NotBlank @Size(min = 3, max = 50) @Pattern(regexp = UserFields.USERNAME,
                    message = UserFields.USERNAME_MESSAGE) String username,
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(min = 8, max = 72) String password) {
    }

    record LoginRequest(@NotBlank @Size(max = 50) String username, @NotBlank @Size(max = 200) String password) {
    }

    record RefreshRequest(@NotBlank @Size(max = 4096) String refreshToken) {
    }

    @PostMapping(path = "/auth/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Create an account (a manager); 409 when the username or email is taken")
    UserView register(@Valid @RequestBody RegisterRequest request) {
        return UserView.of(accounts.register(request.username(), request.email(), request.password()));
    }

    @PostMapping(path = "/auth/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    @SecurityRequirements
    @Operation(summary = "Exchange username and password for tokens (form-encoded)")
    TokenPair loginForm(@RequestParam("username") String username, @RequestParam("password") String password,
            HttpServletRequest http) {
        // the peer's address, or the forwarded one when the peer is a trusted proxy (TRUSTED_PROXIES)
        return tokens.issue(accounts.authenticate(username, password, http.getRemoteAddr()));
    }

    @PostMapping(path = "/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Exchange username and password for tokens (JSON)")
    TokenPair loginJson(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return tokens.issue(accounts.authenticate(request.username(), request.password(), http.getRemoteAddr()));
    }

    @PostMapping(path = "/auth/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Exchange a refresh token for a new pair of tokens")
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return tokens.refresh(request.refreshToken());
    }

    record PasswordChange(@NotBlank @Size(max = 200) String currentPassword,
                          @NotBlank @Size(min = 8, max = 72) String newPassword) {
    }

    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End this session: its refresh token and access tokens stop working at once")
    void logout(Authentication authentication) {
        tokens.logout((Jwt) authentication.getCredentials());
    }

    @PostMapping(path = "/auth/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the caller's password; every other session of the caller ends")
    void changePassword(Authentication authentication, @Valid @RequestBody PasswordChange change) {
        var account = accounts.changePassword(authentication.getName(), change.currentPassword(),
                change.newPassword());
        tokens.revokeOtherSessions(account.id(), (Jwt) authentication.getCredentials(), "password_change");
    }

    @GetMapping("/auth/me")
    @Operation(summary = "The authenticated user")
    UserView me(@AuthenticationPrincipal CurrentUser caller) {
        return UserView.of(accounts.get(caller.username()));
    }
}
