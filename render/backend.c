/* backend: PDF, PNG and SVG as one table; see backend.h. The cairo formats
 * differ only in how the surface is made and finished (the Graphviz
 * gvrender_engine_t idea); SVG has a writer of its own (svg.c), since cairo's
 * writes glyph paths and no structure. PNG is encoded here with libpng, not
 * cairo's writer, whose fixed choice (zlib level 6, every filter tried on
 * every row) took most of a PNG run. */
#include "backend.h"
#include "diag.h"
#include "draw.h"
#include "svg.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <math.h>
#include <png.h>
#include <string.h>

struct Backend {
	const char *ext;
	/* A cairo format: makes the surface, draw.c draws, end finishes it. */
	cairo_surface_t *(*begin)(GByteArray *out, const Scene *s,
	                          const BackendSettings *set, double *scale);
	cairo_status_t (*end)(cairo_surface_t *surface, const Scene *s,
	                      const BackendSettings *set, GByteArray *out);
	/* Or a format written from the scene without cairo: NULL for the others. */
	gboolean (*write)(const Scene *s, Fonts *fonts, const BackendSettings *set,
	                  GByteArray *out, GError **err);
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
	/* The document information a reader shows and searches: the title,
	 * and the alt text as its subject. */
	if (s->title)
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_TITLE, s->title);
	if (s->desc)
		cairo_pdf_surface_set_metadata(sf, CAIRO_PDF_METADATA_SUBJECT, s->desc);
	*scale = 1;
	return sf;
}

static cairo_status_t pdf_end(cairo_surface_t *sf, const Scene *s,
                              const BackendSettings *set, GByteArray *out)
{
	(void)s, (void)set, (void)out;
	cairo_surface_finish(sf);
	return cairo_surface_status(sf);
}

static gboolean svg_backend_write(const Scene *s, Fonts *fonts, const BackendSettings *set,
                                  GByteArray *out, GError **err)
{
	return svg_write(s, fonts, set->svg_text ? SVGTEXT_LIVE : SVGTEXT_OUTLINES, out, err);
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

static void png_append(png_structp png, png_bytep data, size_t len)
{
	g_byte_array_append(png_get_io_ptr(png), data, (guint)len);
}

static void png_no_flush(png_structp png)
{
	(void)png;
}

/* libpng reports through these: no message of its own on stderr, and an
 * error (only out of memory can happen here) returns through setjmp. */
static void png_fail(png_structp png, png_const_charp msg)
{
	(void)msg;
	png_longjmp(png, 1);
}

static void png_ignore(png_structp png, png_const_charp msg)
{
	(void)png;
	(void)msg;
}

static gboolean ascii(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0x80)
			return FALSE;
	return TRUE;
}

/* The figure's title and alt text as text chunks under their standard
 * keywords, and the program that made it: tEXt for ASCII (its charset is
 * Latin-1, not UTF-8), else iTXt, UTF-8 with the language of the words. */
static void png_describe(png_structp png, png_infop info, const Scene *s)
{
	const char *pairs[][2] = {{"Title", s->title}, {"Description", s->desc},
	                          {"Software", "render"}};
	png_text texts[G_N_ELEMENTS(pairs)];
	int n = 0;
	for (size_t i = 0; i < G_N_ELEMENTS(pairs); i++) {
		if (!pairs[i][1] || !*pairs[i][1])
			continue;
		gboolean plain = ascii(pairs[i][1]);
		texts[n] = (png_text){
			.compression = plain ? PNG_TEXT_COMPRESSION_NONE : PNG_ITXT_COMPRESSION_NONE,
			.key = (png_charp)pairs[i][0],
			.text = (png_charp)pairs[i][1],
			.text_length = strlen(pairs[i][1]),
			.lang = (png_charp)(plain || !s->lang ? NULL : s->lang),
		};
		n++;
	}
	png_set_text(png, info, texts, n);
}

/* Writes the RGB24 image as an 8-bit RGB PNG: IHDR, pHYs (the --dpi, so
 * documents place it at its size), the text chunks, IDAT, IEND; nothing
 * that changes from run to run. */
static gboolean png_encode(cairo_surface_t *sf, const Scene *s,
                           const BackendSettings *set, GByteArray *out)
{
	int w = cairo_image_surface_get_width(sf), h = cairo_image_surface_get_height(sf);
	int stride = cairo_image_surface_get_stride(sf);
	const unsigned char *pixels = cairo_image_surface_get_data(sf);
	png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL,
	                                          png_fail, png_ignore);
	png_infop info = png ? png_create_info_struct(png) : NULL;
	png_bytep row = g_malloc((gsize)w * 3);
	gboolean ok = info != NULL;
	if (ok && setjmp(png_jmpbuf(png)) == 0) {
		png_set_write_fn(png, out, png_append, png_no_flush);
		png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
		             PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
		             PNG_FILTER_TYPE_DEFAULT);
		png_uint_32 per_metre = (png_uint_32)lround(set->dpi / 0.0254);
		png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
		png_describe(png, info, s);
		/* Fast: flat colours and white paper compress well without
		 * filters, and zlib's fastest level keeps the file within about
		 * half as large again as cairo's. Small: what cairo's writer does. */
		gboolean fast = set->png_compress == BACKEND_PNG_FAST;
		png_set_compression_level(png, fast ? 1 : 6);
		png_set_filter(png, PNG_FILTER_TYPE_BASE, fast ? PNG_FILTER_NONE
		                                               : PNG_ALL_FILTERS);
		png_set_compression_buffer_size(png, 64 * 1024);
		png_write_info(png, info);
		for (int y = 0; y < h; y++) {
			/* RGB24 pixels are native-endian 32-bit words, 0xXXRRGGBB. */
			const guint32 *src = (const guint32 *)(const void *)(pixels + (gsize)y * (gsize)stride);
			for (int x = 0; x < w; x++) {
				row[3 * x] = (png_byte)(src[x] >> 16);
				row[3 * x + 1] = (png_byte)(src[x] >> 8);
				row[3 * x + 2] = (png_byte)src[x];
			}
			png_write_row(png, row);
		}
		png_write_end(png, info);
	} else {
		ok = FALSE;
	}
	png_destroy_write_struct(&png, &info);
	g_free(row);
	return ok;
}

static cairo_status_t png_end(cairo_surface_t *sf, const Scene *s,
                              const BackendSettings *set, GByteArray *out)
{
	cairo_surface_flush(sf);
	gboolean ok = png_encode(sf, s, set, out);
	cairo_surface_finish(sf);
	return !ok ? CAIRO_STATUS_NO_MEMORY : cairo_surface_status(sf);
}

static const Backend backends[] = {
	{".pdf", pdf_begin, pdf_end, NULL},
	{".png", png_begin, png_end, NULL},
	{".svg", NULL, NULL, svg_backend_write},
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

const Backend *backend_for_name(const char *name)
{
	for (size_t i = 0; i < G_N_ELEMENTS(backends); i++)
		if (g_ascii_strcasecmp(name, backends[i].ext + 1) == 0)
			return &backends[i];
	return NULL;
}

gboolean backend_render(const Backend *b, const Scene *s, Fonts *fonts,
                        const BackendSettings *set, GByteArray *out,
                        GError **err)
{
	if (b->write)
		return b->write(s, fonts, set, out, err);
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
		cairo_status_t end = b->end(sf, s, set, out);
		if (st == CAIRO_STATUS_SUCCESS)
			st = end;
	}
	cairo_surface_destroy(sf);
	if (st != CAIRO_STATUS_SUCCESS)
		return diag_fail(err, DIAG_IO, "drawing the %s failed: %s", b->ext + 1,
		                 cairo_status_to_string(st));
	return TRUE;
}

gboolean backend_made_by_render(const char *path)
{
	GMappedFile *f = g_mapped_file_new(path, FALSE, NULL);
	if (!f)
		return FALSE;
	const char *data = g_mapped_file_get_contents(f);
	gsize len = g_mapped_file_get_length(f);
	static const char pdf_mark[] = "/Creator (render)";
	static const char png_mark[] = "tEXtSoftware\0render";   /* the chunk's type, key, text */
	static const char svg_mark[] = SVG_ROOT_MARK;
	gboolean ours =
		(len > 5 && !memcmp(data, "%PDF-", 5) &&
		 memmem(data, len, pdf_mark, sizeof pdf_mark - 1)) ||
		(len > 8 && !memcmp(data, "\x89PNG\r\n\x1a\n", 8) &&
		 memmem(data, len, png_mark, sizeof png_mark - 1)) ||
		(len > 5 && !memcmp(data, "<?xml", 5) &&
		 memmem(data, MIN(len, 4096), svg_mark, sizeof svg_mark - 1));
	g_mapped_file_unref(f);
	return ours;
}
