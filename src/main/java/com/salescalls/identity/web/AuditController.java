package com.salescalls.identity.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.identity.AuditEntry;
import com.salescalls.identity.AuditLog;

/** The admin audit log; the security configuration lets only admins reach it. */
@RestController
@Tag(name = "admin")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    record AuditList(List<AuditEntry> entries, long total, int limit, int offset) {
    }

    @GetMapping("/api/v1/admin/audit")
    @Operation(summary = "Admin actions, newest first: who, what, when, from where, with the status (admin only)")
    AuditList list(@RequestParam(name = "limit", defaultValue = "50") @Min(1) @Max(100) int limit,
                   @RequestParam(name = "offset", defaultValue = "0") @Min(0) @Max(1_000_000) int offset) {
        AuditLog.AuditPage page = audit.page(limit, offset);
        return new AuditList(page.entries(), page.total(), limit, offset);
    }
}
