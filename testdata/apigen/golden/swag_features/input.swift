/// @title Swag features
/// @version 1.0
/// @description Several routes on one handler, vendor extensions, and array query parameters.
enum Info {}

struct Job: Codable {
    var id: Int
    var tags: [String]
}

/// @Summary List jobs
/// @Tags jobs
/// @Param ids query []int false "Only these jobs" collectionFormat(multi)
/// @Param tags query []string false "Any of these tags" collectionFormat(csv)
/// @Param owners query []string false "Owners, space-separated" collectionFormat(ssv)
/// @Param states query []string false "States, pipe-separated" collectionFormat(pipes)
/// @Success 200 {array} Job
/// @x-rate-limit {"requests": 100, "per": "minute"}
/// @x-internal true
/// @x-owner team-jobs
/// @Router /jobs [get]
/// @Router /v1/jobs [get]
func listJobs() {}
