/* version: the versions of render and its libraries; see version.h. */
#include "version.h"

#include <cairo.h>
#include <csv.h>
#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <glib.h>
#include <hb.h>
#include <pango/pango.h>
#include <pixman.h>
#include <png.h>
#include <zlib.h>

/* FreeType says its version only through a library instance. */
static char *freetype_version(void)
{
	FT_Library ft;
	if (FT_Init_FreeType(&ft) != 0)
		return g_strdup("unknown");
	FT_Int major = 0, minor = 0, patch = 0;
	FT_Library_Version(ft, &major, &minor, &patch);
	FT_Done_FreeType(ft);
	return g_strdup_printf("%d.%d.%d", major, minor, patch);
}

void version_print(FILE *to)
{
	int fc = FcGetVersion();
	char *ft = freetype_version();
	/* The order data takes: CSV reading, text shaping and fonts, drawing,
	 * encoding. libcsv has no run-time version: the one built against. */
	fprintf(to, "render %s\n", RENDER_VERSION);
	fprintf(to, "libcsv %d.%d.%d\n", CSV_MAJOR, CSV_MINOR, CSV_RELEASE);
	fprintf(to, "glib %u.%u.%u\n", glib_major_version, glib_minor_version,
	        glib_micro_version);
	fprintf(to, "pango %s\n", pango_version_string());
	fprintf(to, "harfbuzz %s\n", hb_version_string());
	fprintf(to, "freetype %s\n", ft);
	fprintf(to, "fontconfig %d.%d.%d\n", fc / 10000, fc / 100 % 100, fc % 100);
	fprintf(to, "cairo %s\n", cairo_version_string());
	fprintf(to, "pixman %s\n", pixman_version_string());
	fprintf(to, "libpng %s\n", png_get_libpng_ver(NULL));
	fprintf(to, "zlib %s\n", zlibVersion());
	g_free(ft);
}
