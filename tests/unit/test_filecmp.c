/* test_filecmp: two versions of a figure's file compare by what they say: a
 * PDF or PNG compressed by another zlib (or at another level) is the same,
 * a changed stroke, pixel, title or text is not; and the picture of a
 * difference marks the pixels that changed. */
#include "units.h"
#include "filecmp.h"
#include "pngpix.h"

#include <png.h>
#include <string.h>
#include <zlib.h>

/* A PDF of two objects: a Flate content stream compressed at level, with an
 * indirect length, and a plain stream with a direct one; offsets as they
 * fall. */
static GBytes *make_pdf(const char *content, int level)
{
	uLongf clen = compressBound((uLong)strlen(content));
	Bytef *z = g_malloc(clen);
	assert_int_equal(compress2(z, &clen, (const Bytef *)content, (uLong)strlen(content),
	                           level), Z_OK);
	GString *pdf = g_string_new("%PDF-1.5\n%\xb5\xed\xae\xfb\n");
	gsize off1 = pdf->len;
	g_string_append(pdf, "1 0 obj\n<< /Length 2 0 R\n   /Filter /FlateDecode\n>>\nstream\n");
	g_string_append_len(pdf, (const char *)z, (gssize)clen);
	g_string_append(pdf, "\nendstream\nendobj\n");
	gsize off2 = pdf->len;
	g_string_append_printf(pdf, "2 0 obj\n   %lu\nendobj\n", (unsigned long)clen);
	gsize off3 = pdf->len;
	g_string_append(pdf, "3 0 obj\n<< /Length 11 >>\nstream\nhello world\nendstream\n"
	                "endobj\n");
	gsize xref = pdf->len;
	g_string_append_printf(pdf, "xref\n0 4\n0000000000 65535 f \n%010lu 00000 n \n"
	                       "%010lu 00000 n \n%010lu 00000 n \ntrailer\n<< /Size 4\n>>\n"
	                       "startxref\n%lu\n%%%%EOF\n", (unsigned long)off1,
	                       (unsigned long)off2, (unsigned long)off3, (unsigned long)xref);
	g_free(z);
	return g_string_free_to_bytes(pdf);
}

static void pdf_by_content(void **state)
{
	(void)state;
	GString *page = g_string_new(NULL);
	for (int i = 0; i < 300; i++)
		g_string_append_printf(page, "%d 0 m %d 10 l S\n", i % 17, i % 23);
	GBytes *fast = make_pdf(page->str, 1), *small = make_pdf(page->str, 9);
	assert_false(g_bytes_equal(fast, small));
	char *why = NULL;
	assert_true(filecmp_same("a.pdf", fast, small, &why));
	assert_null(why);
	g_string_append(page, "1 0 0 rg\n");
	GBytes *changed = make_pdf(page->str, 9);
	assert_false(filecmp_same("a.pdf", fast, changed, &why));
	assert_string_equal(why, "its content differs");
	g_free(why);
	GBytes *content = filecmp_pdf_content(fast);
	assert_non_null(content);
	gsize len = 0;
	const char *text = g_bytes_get_data(content, &len);
	assert_non_null(g_strstr_len(text, (gssize)len, "stream inflated\n0 0 m 0 10 l S"));
	g_bytes_unref(content);
	g_bytes_unref(fast);
	g_bytes_unref(small);
	g_bytes_unref(changed);
	g_string_free(page, TRUE);
}

static void svg_by_text(void **state)
{
	(void)state;
	GBytes *lf = g_bytes_new_static("<svg>\n<g/>\n</svg>\n", 18);
	GBytes *crlf = g_bytes_new_static("<svg>\r\n<g/>\r\n</svg>\r\n", 21);
	GBytes *other = g_bytes_new_static("<svg>\n<g />\n</svg>\n", 19);
	assert_true(filecmp_same("a.svg", lf, crlf, NULL));
	char *why = NULL;
	assert_false(filecmp_same("a.svg", lf, other, &why));
	assert_string_equal(why, "its text differs");
	g_free(why);
	g_bytes_unref(lf);
	g_bytes_unref(crlf);
	g_bytes_unref(other);
}

static void png_append(png_structp png, png_bytep data, png_size_t len)
{
	g_byte_array_append(png_get_io_ptr(png), data, (guint)len);
}

static void png_flush(png_structp png)
{
	(void)png;
}

/* A w x h grey-gradient RGB PNG compressed at level, with pixel (3, 4)
 * set to dot and a Title text chunk. */
static GBytes *make_png(int w, int h, int level, guint8 dot, const char *title)
{
	GByteArray *out = g_byte_array_new();
	png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
	png_infop info = png_create_info_struct(png);
	guint8 *row = g_malloc((gsize)w * 3);
	png_set_write_fn(png, out, png_append, png_flush);
	png_set_IHDR(png, info, (png_uint_32)w, (png_uint_32)h, 8, PNG_COLOR_TYPE_RGB,
	             PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
	png_text text = {.compression = PNG_TEXT_COMPRESSION_NONE, .key = (png_charp)"Title",
	                 .text = (png_charp)title, .text_length = strlen(title)};
	png_set_text(png, info, &text, 1);
	png_set_compression_level(png, level);
	png_write_info(png, info);
	for (int y = 0; y < h; y++) {
		for (int x = 0; x < w; x++)
			row[3 * x] = row[3 * x + 1] = row[3 * x + 2] =
				(x == 3 && y == 4) ? dot : (guint8)(x * 7 + y);
		png_write_row(png, row);
	}
	png_write_end(png, info);
	png_destroy_write_struct(&png, &info);
	g_free(row);
	return g_byte_array_free_to_bytes(out);
}

static void png_by_pixels(void **state)
{
	(void)state;
	GBytes *base = make_png(20, 10, 1, 200, "Majlis");
	GBytes *level9 = make_png(20, 10, 9, 200, "Majlis");
	GBytes *near = make_png(20, 10, 1, 200 - PNGPIX_TOLERANCE, "Majlis");
	GBytes *far = make_png(20, 10, 1, 90, "Majlis");
	GBytes *retitled = make_png(20, 10, 1, 200, "Mazhilis");
	GBytes *wider = make_png(21, 10, 1, 200, "Majlis");
	assert_false(g_bytes_equal(base, level9));
	assert_true(filecmp_same("a.png", base, level9, NULL));
	assert_true(filecmp_same("a.png", base, near, NULL));
	char *why = NULL;
	assert_false(filecmp_same("a.png", base, far, &why));
	assert_string_equal(why, "1 pixels differ, within x 3-3, y 4-4");
	g_free(why);
	assert_false(filecmp_same("a.png", base, retitled, &why));
	assert_string_equal(why, "its text chunks (title, alt text) differ");
	g_free(why);
	assert_false(filecmp_same("a.png", base, wider, &why));
	assert_string_equal(why, "20 x 10 pixels against 21 x 10");
	g_free(why);
	GBytes *list[] = {base, level9, near, far, retitled, wider};
	for (size_t i = 0; i < G_N_ELEMENTS(list); i++)
		g_bytes_unref(list[i]);
}

/* The difference picture: the changed pixel in magenta, the rest pale. */
static void diff_marks_changes(void **state)
{
	(void)state;
	GBytes *a = make_png(800, 400, 1, 200, "x"), *b = make_png(800, 400, 1, 20, "x");
	PngPix *pa = pngpix_read(a), *pb = pngpix_read(b);
	PngPixDiff d = pngpix_compare(pa, pb);
	assert_int_equal(d.changed, 1);
	assert_int_equal(d.x0, 3);
	assert_int_equal(d.y1, 5);
	GBytes *png = pngpix_diff_image(pa, pb);
	PngPix *diff = pngpix_read(png);
	assert_non_null(diff);
	const guint8 *at = diff->rgb + (4 * 800 + 3) * 3;
	assert_int_equal(at[0], 0xE6);
	assert_int_equal(at[1], 0x00);
	const guint8 *far = diff->rgb + (300 * 800 + 700) * 3;
	assert_true(far[0] == far[1] && far[0] > 190);   /* pale grey */
	GBytes *list[] = {a, b, png};
	for (size_t i = 0; i < G_N_ELEMENTS(list); i++)
		g_bytes_unref(list[i]);
	pngpix_free(pa);
	pngpix_free(pb);
	pngpix_free(diff);
}

static int run_filecmp_tests(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pdf_by_content),
		cmocka_unit_test(svg_by_text),
		cmocka_unit_test(png_by_pixels),
		cmocka_unit_test(diff_marks_changes),
	};
	return cmocka_run_group_tests_name("filecmp", tests, NULL, NULL);
}

UNIT_GROUP(run_filecmp_tests)
