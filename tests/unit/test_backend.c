/* test_backend: the PNG backend's own encoder gives exactly the pixels cairo's
 * PNG writer gives for the same scene, in both compressions, and the same
 * bytes on every run. */
#include "units.h"
#include "backend.h"
#include "draw.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

/* A little of everything a figure draws: text in three styles, a dashed
 * line, a translucent rect, seats, a closed path, hatching. */
static Scene *sample_scene(void)
{
	Scene *s = scene_new(160, 90);
	TextStyle title = {.size = 11, .bold = TRUE};
	TextStyle body = {.size = 7, .wrap = 70, .align = TEXT_CENTER};
	TextStyle note = {.size = 6, .italic = TRUE};
	scene_text(s, "title", "Majlis 2016–2021", &title, 6, 4, 120, 15, color_rgb(0x1a1a1a));
	scene_text(s, "label", "Қазақстан: a label that wraps onto two lines", &body,
	           40, 22, 70, 20, color_rgb(0x333333));
	scene_text(s, "caption", "Source: RFE/RL", &note, 6, 78, 60, 9, color_rgb(0x5c5c5c));
	scene_line(s, "axis", 4, 50, 150, 52.5, 0.8, color_rgb(0x333333))->dash = 2;
	Color half = color_rgb(0x0072b2);
	half.a = 0.5;
	scene_rect(s, "bar", 10, 55, 60, 12, half, color_rgb(0x000000), 0.4);
	for (int i = 0; i < 12; i++)
		scene_seat(s, "Nur Otan", 90 + 5.3 * (i % 6), 58 + 5.3 * (i / 6), 2.2,
		           color_rgb(i < 7 ? 0x1f78b4 : 0xe6a700), COLOR_NONE, 0);
	ScenePoint tri[] = {{130, 70}, {150, 86}, {120, 86}};
	scene_path(s, "bracket", tri, 3, TRUE, color_rgb(0xc8102e), color_rgb(0x000000), 0.6);
	scene_circle(s, "marker", 20, 82, 4, color_rgb(0x707070), color_rgb(0x000000),
	             0.5)->hatch = TRUE;
	return s;
}

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int len)
{
	g_byte_array_append(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* The scene through cairo's own PNG writer, drawn as the backend draws it. */
static GByteArray *cairo_png(const Scene *s, Fonts *fonts, double dpi)
{
	double scale = dpi / 72.0;
	int w = (int)ceil(s->width * scale - 1e-6), h = (int)ceil(s->height * scale - 1e-6);
	cairo_surface_t *sf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
	cairo_t *cr = cairo_create(sf);
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_scale(cr, scale, scale);
	draw_scene(cr, s, fonts);
	cairo_destroy(cr);
	GByteArray *out = g_byte_array_new();
	assert_int_equal(cairo_surface_write_to_png_stream(sf, append, out), CAIRO_STATUS_SUCCESS);
	cairo_surface_destroy(sf);
	return out;
}

static GByteArray *backend_png(const Scene *s, Fonts *fonts, double dpi,
                               BackendPngCompress how)
{
	BackendSettings set = {.dpi = dpi, .png_compress = how};
	GByteArray *out = g_byte_array_new();
	GError *err = NULL;
	if (!backend_render(backend_for_path("f.png"), s, fonts, &set, out, &err))
		fail_msg("backend_render: %s", err->message);
	return out;
}

typedef struct Reading {
	const GByteArray *png;
	guint at;
} Reading;

static cairo_status_t take(void *closure, unsigned char *data, unsigned int len)
{
	Reading *r = closure;
	if (r->at + len > r->png->len)
		return CAIRO_STATUS_READ_ERROR;
	memcpy(data, r->png->data + r->at, len);
	r->at += len;
	return CAIRO_STATUS_SUCCESS;
}

/* Decodes both PNGs (cairo's reader, libpng underneath) and compares every
 * pixel's red, green and blue. */
static void same_pixels(const GByteArray *a, const GByteArray *b)
{
	Reading ra = {a, 0}, rb = {b, 0};
	cairo_surface_t *ia = cairo_image_surface_create_from_png_stream(take, &ra);
	cairo_surface_t *ib = cairo_image_surface_create_from_png_stream(take, &rb);
	assert_int_equal(cairo_surface_status(ia), CAIRO_STATUS_SUCCESS);
	assert_int_equal(cairo_surface_status(ib), CAIRO_STATUS_SUCCESS);
	int w = cairo_image_surface_get_width(ia), h = cairo_image_surface_get_height(ia);
	assert_int_equal(cairo_image_surface_get_width(ib), w);
	assert_int_equal(cairo_image_surface_get_height(ib), h);
	int differ = 0, inked = 0;
	for (int y = 0; y < h; y++) {
		const guint32 *pa = (const guint32 *)(const void *)(cairo_image_surface_get_data(ia) +
		                    (gsize)y * (gsize)cairo_image_surface_get_stride(ia));
		const guint32 *pb = (const guint32 *)(const void *)(cairo_image_surface_get_data(ib) +
		                    (gsize)y * (gsize)cairo_image_surface_get_stride(ib));
		for (int x = 0; x < w; x++) {
			differ += (pa[x] & 0xFFFFFF) != (pb[x] & 0xFFFFFF);
			inked += (pa[x] & 0xFFFFFF) != 0xFFFFFF;
		}
	}
	assert_int_equal(differ, 0);
	assert_true(inked > w * h / 50);   /* the scene did draw something */
	cairo_surface_destroy(ia);
	cairo_surface_destroy(ib);
}

static gboolean same_bytes(const GByteArray *a, const GByteArray *b)
{
	return a->len == b->len && memcmp(a->data, b->data, a->len) == 0;
}

/* The resolution, in pixels per metre, from the pHYs chunk. */
static guint32 phys_per_metre(const GByteArray *png)
{
	for (guint i = 8; i + 8 <= png->len;) {
		const guint8 *c = png->data + i;
		guint32 len = (guint32)c[0] << 24 | (guint32)c[1] << 16 | (guint32)c[2] << 8 | c[3];
		if (memcmp(c + 4, "pHYs", 4) == 0 && len == 9 && c[16] == 1)
			return (guint32)c[8] << 24 | (guint32)c[9] << 16 | (guint32)c[10] << 8 | c[11];
		i += 12 + len;
	}
	return 0;
}

static void png_pixels_as_cairo(void **state)
{
	(void)state;
	GError *err = NULL;
	Fonts *fonts = fonts_open(NULL, &err);   /* fonts/ beside build/ */
	if (!fonts)
		fail_msg("fonts_open: %s", err->message);
	Scene *s = sample_scene();
	const double dpi = 150;
	GByteArray *ref = cairo_png(s, fonts, dpi);
	GByteArray *fast = backend_png(s, fonts, dpi, BACKEND_PNG_FAST);
	GByteArray *small = backend_png(s, fonts, dpi, BACKEND_PNG_SMALL);
	GByteArray *again = backend_png(s, fonts, dpi, BACKEND_PNG_FAST);
	same_pixels(ref, fast);
	same_pixels(ref, small);
	/* Our own encoder wrote them, the same bytes each time... */
	assert_false(same_bytes(ref, fast));
	assert_false(same_bytes(fast, small));
	assert_true(same_bytes(fast, again));
	/* ...with the resolution recorded (150 dpi = 5906 pixels a metre). */
	assert_int_equal(phys_per_metre(fast), 5906);
	assert_int_equal(phys_per_metre(small), 5906);
	g_byte_array_free(ref, TRUE);
	g_byte_array_free(fast, TRUE);
	g_byte_array_free(small, TRUE);
	g_byte_array_free(again, TRUE);
	scene_free(s);
	fonts_close(fonts);
}

static int run_backend_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(png_pixels_as_cairo),
	};
	return cmocka_run_group_tests_name("backend", tests, NULL, NULL);
}

UNIT_GROUP(run_backend_tests)
