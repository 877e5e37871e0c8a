package com.salescalls.similarity;

import org.junit.jupiter.api.Test;

import com.salescalls.calls.CallFeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class IndexHealthTest {

    private final IndexService index = mock(IndexService.class);
    private final CallFeed feed = mock(CallFeed.class);
    private final IndexHealth health = new IndexHealth(index, feed);

    @Test
    void saysWhileItBuildsThenWhileItsGraphsAreBuiltThenCurrent() {
        when(index.isOpen()).thenReturn(true);
        when(index.progress()).thenReturn(new IndexTailer.Progress(412_000, 412_000));
        when(feed.countAfter(412_000)).thenReturn(588_000L);
        when(index.graphsPending()).thenReturn(true);
        assertThat(health.describe()).isEqualTo("building 412,000/1,000,000");

        when(index.progress()).thenReturn(new IndexTailer.Progress(1_000_000, 1_000_000));
        when(feed.countAfter(1_000_000)).thenReturn(0L);
        assertThat(health.describe()).isEqualTo("current, graphs building");
        assertThat(health.health().getDetails()).containsEntry("state", "current").containsEntry("graphs", "building");

        when(index.graphsPending()).thenReturn(false);
        assertThat(health.describe()).isEqualTo("current");
        assertThat(health.health().getDetails()).containsEntry("graphs", "built");
    }
}
