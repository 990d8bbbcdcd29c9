// Coder-style kebab-case operation IDs: the Swift client's method names must still compile.

/// @title Jobs API
/// @version 2.0
enum Info {}

/// A background job.
struct Job: Codable {
    var id: Int
    var state: String
}

/// @Summary Get a job
/// @ID get-job-by-id
/// @Tags Jobs
/// @Param job-id path int true "Job ID"
/// @Success 200 {object} Job
/// @Router /jobs/{job-id} [get]
func getJob() {}

/// @Summary Cancel a job
/// @ID cancel-job
/// @Tags Jobs
/// @Param id path int true "Job ID"
/// @Success 204
/// @Router /jobs/{id}/cancel [post]
func cancel() {}

/// @Summary List jobs, version 2
/// @ID v2.list_jobs
/// @Tags Jobs
/// @Success 200 {array} Job
/// @Router /v2/jobs [get]
func listJobs() {}

/// @Summary Verify a second factor
/// @ID 2fa-verify
/// @Tags Auth
/// @Success 204
/// @Router /2fa/verify [post]
func verify() {}

/// @Summary A keyword as an ID
/// @ID default
/// @Tags Auth
/// @Success 204
/// @Router /default [get]
func defaultRoute() {}
