/* pngpix: PNG pixels and text through libpng's simplified API; see pngpix.h. */
#include "pngpix.h"

#include <png.h>
#include <stdlib.h>
#include <string.h>

/* The highlight of a changed pixel, and how faint the rest is drawn. */
static const guint8 MARK[3] = {0xE6, 0x00, 0x7E};
#define FADE 4   /* unchanged pixels keep a quarter of their darkness */

static guint32 be32(const guint8 *p)
{
	return (guint32)p[0] << 24 | (guint32)p[1] << 16 | (guint32)p[2] << 8 | p[3];
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static gboolean is_text_chunk(const char *type)
{
	return !memcmp(type, "tEXt", 4) || !memcmp(type, "zTXt", 4) || !memcmp(type, "iTXt", 4);
}

/* The text chunks as they are stored (type, keyword, text) in hex, sorted,
 * a line each: compared as bytes, never inflated (render writes them
 * uncompressed; a PNG from elsewhere compares by its stored bytes). */
static char *text_chunks(const guint8 *d, gsize len)
{
	GPtrArray *chunks = g_ptr_array_new();
	for (gsize at = 8; at + 12 <= len;) {
		guint32 n = be32(d + at);
		if (n > len - at - 12)
			break;
		if (is_text_chunk((const char *)d + at + 4)) {
			GString *hex = g_string_new(NULL);
			for (gsize i = 0; i < 4 + (gsize)n; i++)
				g_string_append_printf(hex, "%02x", d[at + 4 + i]);
			g_ptr_array_add(chunks, g_string_free(hex, FALSE));
		}
		at += 12 + (gsize)n;
	}
	g_ptr_array_sort(chunks, cmp_str);
	g_ptr_array_add(chunks, NULL);
	char **v = (char **)g_ptr_array_free(chunks, FALSE);
	char *all = g_strjoinv("\n", v);
	g_strfreev(v);
	return all;
}

PngPix *pngpix_read(GBytes *png)
{
	gsize len = 0;
	const guint8 *d = g_bytes_get_data(png, &len);
	png_image img = {.version = PNG_IMAGE_VERSION};
	if (len < 8 || png_sig_cmp(d, 0, 8) != 0 ||
	    !png_image_begin_read_from_memory(&img, d, len))
		return NULL;
	img.format = PNG_FORMAT_RGB;
	PngPix *p = g_new0(PngPix, 1);
	p->width = (int)img.width;
	p->height = (int)img.height;
	p->rgb = g_malloc((gsize)img.width * img.height * 3);
	png_color white = {255, 255, 255};
	if (!png_image_finish_read(&img, &white, p->rgb, 0, NULL)) {
		png_image_free(&img);
		pngpix_free(p);
		return NULL;
	}
	p->texts = text_chunks(d, len);
	return p;
}

void pngpix_free(PngPix *p)
{
	if (!p)
		return;
	g_free(p->rgb);
	g_free(p->texts);
	g_free(p);
}

/* Whether pixel (x, y) differs between a and b: beyond either's edge it
 * does. */
static gboolean differs(const PngPix *a, const PngPix *b, int x, int y)
{
	if (x >= a->width || y >= a->height || x >= b->width || y >= b->height)
		return TRUE;
	const guint8 *pa = a->rgb + ((gsize)y * (gsize)a->width + (gsize)x) * 3;
	const guint8 *pb = b->rgb + ((gsize)y * (gsize)b->width + (gsize)x) * 3;
	for (int c = 0; c < 3; c++)
		if (abs((int)pa[c] - (int)pb[c]) > PNGPIX_TOLERANCE)
			return TRUE;
	return FALSE;
}

PngPixDiff pngpix_compare(const PngPix *a, const PngPix *b)
{
	int w = MAX(a->width, b->width), h = MAX(a->height, b->height);
	PngPixDiff d = {.x0 = w, .y0 = h};
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++)
			if (differs(a, b, x, y)) {
				d.changed++;
				d.x0 = MIN(d.x0, x);
				d.y0 = MIN(d.y0, y);
				d.x1 = MAX(d.x1, x + 1);
				d.y1 = MAX(d.y1, y + 1);
			}
	if (!d.changed)
		d.x0 = d.y0 = 0;
	return d;
}

/* Whether (x, y) lies on the outline of the box around the changes: a
 * frame a 400th of the picture thick, so a change of a few pixels shows
 * even when the picture is shown small. */
static gboolean on_box(const PngPixDiff *d, int w, int x, int y)
{
	int t = MAX(2, w / 400), m = 3 * t;
	int x0 = d->x0 - m, y0 = d->y0 - m, x1 = d->x1 + m, y1 = d->y1 + m;
	if (!d->changed || x < x0 || x >= x1 || y < y0 || y >= y1)
		return FALSE;
	return x < x0 + t || x >= x1 - t || y < y0 + t || y >= y1 - t;
}

GBytes *pngpix_diff_image(const PngPix *a, const PngPix *b)
{
	PngPixDiff d = pngpix_compare(a, b);
	int w = MAX(a->width, b->width), h = MAX(a->height, b->height);
	guint8 *out = g_malloc((gsize)w * (gsize)h * 3);
	for (int y = 0; y < h; y++)
		for (int x = 0; x < w; x++) {
			guint8 *o = out + ((gsize)y * (gsize)w + (gsize)x) * 3;
			if (differs(a, b, x, y) || on_box(&d, w, x, y)) {
				memcpy(o, MARK, 3);
				continue;
			}
			const guint8 *p = b->rgb + ((gsize)y * (gsize)b->width + (gsize)x) * 3;
			int grey = (p[0] * 30 + p[1] * 59 + p[2] * 11) / 100;
			o[0] = o[1] = o[2] = (guint8)(255 - (255 - grey) / FADE);
		}
	png_image img = {.version = PNG_IMAGE_VERSION, .width = (png_uint_32)w,
	                 .height = (png_uint_32)h, .format = PNG_FORMAT_RGB};
	png_alloc_size_t size = 0;
	GBytes *png = NULL;
	if (png_image_write_to_memory(&img, NULL, &size, 0, out, 0, NULL)) {
		void *buf = g_malloc(size);
		if (png_image_write_to_memory(&img, buf, &size, 0, out, 0, NULL))
			png = g_bytes_new_take(buf, size);
		else
			g_free(buf);
	}
	g_free(out);
	return png;
}
