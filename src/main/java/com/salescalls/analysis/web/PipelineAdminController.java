package com.salescalls.analysis.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.salescalls.analysis.AnalysisService;
import com.salescalls.analysis.PipelineState;
import com.salescalls.insights.AnalyzerVersion;

/** Operating the analysis pipeline (admins only, as every {@code /api/v1/admin} path). */
@RestController
@Tag(name = "admin")
class PipelineAdminController {

    private final AnalysisService pipeline;

    PipelineAdminController(AnalysisService pipeline) {
        this.pipeline = pipeline;
    }

    record Reanalysis(int queued, int analysisVersion) {
    }

    @PostMapping("/api/v1/admin/calls/reanalyze")
    @Operation(summary = "Queue every stored call (or, with outdated_only, those of an older analyser) for analysis "
            + "again: 202 with how many were queued")
    ResponseEntity<Reanalysis> reanalyze(
            @RequestParam(name = "outdated_only", defaultValue = "false") boolean outdatedOnly) {
        int queued = pipeline.reanalyze(outdatedOnly);
        return ResponseEntity.accepted().body(new Reanalysis(queued, AnalyzerVersion.CURRENT));
    }

    @GetMapping("/api/v1/admin/pipeline")
    @Operation(summary = "Calls by analysis status, the analysis queue's state and the progress through it "
            + "(analysed of total, rate per second, seconds left)")
    PipelineState state() {
        return pipeline.state();
    }
}
