"""Static file storage for production: whitenoise's compressed, hashed files.

NHS.UK frontend's CSS and JS end with `sourceMappingURL=*.map`, but wagtail-nhsuk-frontend
does not ship the map files, so Django's manifest storage fails the whole collectstatic.
Source maps are for developers only, so a reference to a missing map is left as it is.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class NHSUKManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    def url_converter(self, name, hashed_files, template=None):
        convert = super().url_converter(name, hashed_files, template)

        def convert_unless_missing_map(matchobj):
            try:
                return convert(matchobj)
            except ValueError:
                if matchobj.group("url").strip().endswith(".map"):
                    return matchobj.group("matched")
                raise

        return convert_unless_missing_map
