app_name = "universities"

urlpatterns = []
