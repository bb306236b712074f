/* backend: PDF, PNG and SVG as one table; see backend.h. The formats differ only
 * in how the surface is made and finished (the Graphviz gvrender_engine_t idea). */
#include "backend.h"
#include "diag.h"
#include "draw.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <string.h>

struct Backend {
	const char *ext;
	cairo_surface_t *(*begin)(GByteArray *out, const Scene *s,
	                          const BackendSettings *set, double *scale);
	cairo_status_t (*end)(cairo_surface_t *surface, GByteArray *out);
};

static cairo_status_t append(void *closure, const unsigned char *data,
                             unsigned int len)
{
	g_byte_array_append(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *pdf_begin(GByteArray *out, const Scene *s,
                                  const BackendSettings *set, double *scale)
{
	cairo_surface_t *sf = cairo_pdf_surface_create_for_stream(append, out,
	                                                           s->width, s->height);
	/* cairo stamps the wall clock unless told otherwise; NULL drops the date. */
	cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATE_DATE,
	                               set->create_date);
	cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_CREATOR, "render");
	if (s->title)
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, s->title);
	*scale = 1;
	return sf;
}

static cairo_surface_t *svg_begin(GByteArray *out, const Scene *s,
                                  const BackendSettings *set, double *scale)
{
	(void)set;
	cairo_surface_t *sf = cairo_svg_surface_create_for_stream(append, out,
	                                                           s->width, s->height);
	cairo_svg_surface_restrict_to_version(sf, CAIRO_SVG_VERSION_1_1);
	*scale = 1;
	return sf;
}

static cairo_status_t vector_end(cairo_surface_t *sf, GByteArray *out)
{
	(void)out;
	cairo_surface_finish(sf);
	return cairo_surface_status(sf);
}

static cairo_surface_t *png_begin(GByteArray *out, const Scene *s,
                                  const BackendSettings *set, double *scale)
{
	(void)out;
	*scale = set->dpi / 72.0;
	double w = ceil(s->width * *scale - 1e-6), h = ceil(s->height * *scale - 1e-6);
	/* cairo refuses images over 32767 px a side; report that, not a crash. */
	if (w < 1 || h < 1 || w > 32767 || h > 32767)
		return cairo_image_surface_create(CAIRO_FORMAT_INVALID, 0, 0);
	return cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)w, (int)h);
}

static cairo_status_t png_end(cairo_surface_t *sf, GByteArray *out)
{
	cairo_surface_flush(sf);
	cairo_status_t st = cairo_surface_write_to_png_stream(sf, append, out);
	cairo_surface_finish(sf);
	return st != CAIRO_STATUS_SUCCESS ? st : cairo_surface_status(sf);
}

static const Backend backends[] = {
	{".pdf", pdf_begin, vector_end},
	{".png", png_begin, png_end},
	{".svg", svg_begin, vector_end},
};

const Backend *backend_for_path(const char *path)
{
	const char *dot = strrchr(path, '.');
	for (size_t i = 0; dot && i < G_N_ELEMENTS(backends); i++)
		if (g_ascii_strcasecmp(dot, backends[i].ext) == 0)
			return &backends[i];
	return NULL;
}

const char *backend_names(void)
{
	return ".pdf, .png or .svg";
}

gboolean backend_render(const Backend *b, const Scene *s, Fonts *fonts,
                        const BackendSettings *set, GByteArray *out,
                        GError **err)
{
	double scale = 1;
	cairo_surface_t *sf = b->begin(out, s, set, &scale);
	cairo_status_t st = cairo_surface_status(sf);
	if (st == CAIRO_STATUS_INVALID_FORMAT && b->begin == png_begin) {
		cairo_surface_destroy(sf);
		return diag_fail(err, DIAG_USAGE, "a %.0f x %.0f pt page at %g dpi is too "
		                 "large for a PNG (at most 32767 pixels a side): lower --dpi "
		                 "or --size", s->width, s->height, set->dpi);
	}
	if (st == CAIRO_STATUS_SUCCESS) {
		cairo_t *cr = cairo_create(sf);
		cairo_scale(cr, scale, scale);
		/* White paper first, in every format. The vector surfaces union the
		 * box of every drawing into one region before they write a page;
		 * over a page already covered, each union is immediate, where
		 * thousands of scattered boxes made it quadratic. */
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
		draw_scene(cr, s, fonts);
		st = cairo_status(cr);
		cairo_destroy(cr);
		cairo_status_t end = b->end(sf, out);
		if (st == CAIRO_STATUS_SUCCESS)
			st = end;
	}
	cairo_surface_destroy(sf);
	if (st != CAIRO_STATUS_SUCCESS)
		return diag_fail(err, DIAG_IO, "drawing the %s failed: %s", b->ext + 1,
		                 cairo_status_to_string(st));
	return TRUE;
}
