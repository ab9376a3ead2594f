"""The project package has no tables; this module lets it receive post_migrate."""
