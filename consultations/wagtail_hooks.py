"""Admin wiring for consultations: responses, and the labels menu. Each area keeps its own
module in `admin/`."""

from .admin import labels, responses  # noqa: F401 - imported to register hooks
from .models import ConsultationPage

# The list of a consultation's responses in the admin. Wagtail reads it from the page class;
# it is set here, with the rest of the admin wiring, so that the models never import the admin.
ConsultationPage.submissions_list_view_class = responses.ConsultationSubmissionsListView
