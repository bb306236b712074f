/* color: RGBA colours and the default palette; see color.h. */
#include "color.h"

#include <math.h>
#include <string.h>

Color color_rgb(unsigned rgb)
{
	return (Color){((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
	               (rgb & 0xff) / 255.0, 1.0};
}

gboolean color_parse(const char *s, Color *out)
{
	size_t n = strlen(s);
	if (s[0] != '#' || (n != 4 && n != 7))
		return FALSE;
	unsigned v = 0;
	for (size_t i = 1; i < n; i++) {
		if (!g_ascii_isxdigit(s[i]))
			return FALSE;
		unsigned d = (unsigned)g_ascii_xdigit_value(s[i]);
		v = n == 4 ? (v << 8) | (d << 4) | d : (v << 4) | d;
	}
	*out = color_rgb(v);
	return TRUE;
}

/* Okabe–Ito, ordered so that neighbours differ in hue and lightness; safe for
 * the common colour-vision deficiencies. Black is left out (it reads as text). */
static const unsigned palette[] = {
	0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442,
	0x666666,
};

Color color_palette(int i)
{
	int n = (int)G_N_ELEMENTS(palette);
	return color_rgb(palette[((i % n) + n) % n]);
}

int color_palette_size(void)
{
	return (int)G_N_ELEMENTS(palette);
}

static double linear(double c)
{
	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

double color_luminance(Color c)
{
	return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double color_contrast(Color a, Color b)
{
	double la = color_luminance(a), lb = color_luminance(b);
	return (MAX(la, lb) + 0.05) / (MIN(la, lb) + 0.05);
}

Color color_text_on(Color fill)
{
	Color black = color_rgb(0x000000), white = color_rgb(0xffffff);
	return color_contrast(fill, white) > color_contrast(fill, black) ? white : black;
}

Color color_tint(Color c, double t)
{
	return (Color){c.r + (1 - c.r) * t, c.g + (1 - c.g) * t, c.b + (1 - c.b) * t, c.a};
}
