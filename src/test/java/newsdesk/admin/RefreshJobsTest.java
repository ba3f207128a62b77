package newsdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;

class RefreshJobsTest {

    private final TaskExecutor fullQueue = task -> {
        throw new RejectedExecutionException("queue full");
    };

    @Test
    void aRefreshAskedForWhileTheQueueIsFullIsRefusedWithWhenToTryAgain() {
        RefreshJobs jobs = new RefreshJobs(mock(IndexMaintenance.class), mock(BackgroundVectors.class), fullQueue);

        Throwable thrown = catchThrowable(jobs::start);

        assertThat(thrown).as("a refused refresh is an error answer, not a job").isInstanceOf(ErrorResponse.class);
        ErrorResponse refused = (ErrorResponse) thrown;
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).matches("[1-9][0-9]*");
        assertThat(refused.getBody().getDetail()).contains("refresh");
    }

    @Test
    void aRefreshThatFailsOnAFullDiskSaysSoInTheJob() {
        IndexMaintenance maintenance = mock(IndexMaintenance.class);
        given(maintenance.refresh(any())).willThrow(new UncheckedIOException("index update failed",
                new IOException("write failed", new IOException("No space left on device"))));
        RefreshJobs jobs = new RefreshJobs(maintenance, mock(BackgroundVectors.class), new SyncTaskExecutor());

        RefreshJob job = jobs.start();

        assertThat(job.state()).isEqualTo(RefreshJob.State.FAILED);
        assertThat(job.error()).contains("磁盘空间不足 / No space left on device", "index update failed");
    }
}
