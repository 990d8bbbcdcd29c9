/// @title Parameters
/// @version 1.0
enum Info {}

struct Upload {
    var name: String
}

/// @Summary Search
/// @Description Every parameter place and attribute.
/// @ID search
/// @Tags search
/// @Param q query string true "Search terms"
/// @Param sort query string false "Sort order" enums(asc, desc) default(asc)
/// @Param page query int false "Page" minimum(1) maximum(500) default(1)
/// @Param ratio query number false "Ratio" minimum(0.5)
/// @Param since query string false "Since" format(date-time)
/// @Param X-Request-ID header string false "Correlation ID"
/// @Param tenant path string true "Tenant"
/// @Router /tenants/{tenant}/search [get]
/// @Success 200 {array} string "Matches"
func search() {}

/// @Summary Upload
/// @Tags search
/// @Accept mpfd
/// @Param file formData file true "The file"
/// @Param label formData string false "Label"
/// @Success 201 {object} Upload
/// @Router /uploads [post]
func upload() {}

/// @Summary Create upload metadata
/// @Tags search
/// @Accept json
/// @Produce json
/// @Param body body Upload false "Optional body"
/// @Success 200 {object} Upload
/// @Router /uploads/meta [put]
func meta() {}
