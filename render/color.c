/* color: RGBA colours and the default palette; see color.h. */
#include "color.h"
#include "suggest.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

Color color_rgb(unsigned rgb)
{
	return (Color){((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
	               (rgb & 0xff) / 255.0, 1.0};
}

/* The CSS named colours (CSS Color Module Level 4), in strcmp order. */
typedef struct NamedColor {
	const char *name;
	unsigned rgb;
} NamedColor;

static const NamedColor named[] = {
	{"aliceblue", 0xF0F8FF}, {"antiquewhite", 0xFAEBD7}, {"aqua", 0x00FFFF},
	{"aquamarine", 0x7FFFD4}, {"azure", 0xF0FFFF}, {"beige", 0xF5F5DC},
	{"bisque", 0xFFE4C4}, {"black", 0x000000}, {"blanchedalmond", 0xFFEBCD},
	{"blue", 0x0000FF}, {"blueviolet", 0x8A2BE2}, {"brown", 0xA52A2A},
	{"burlywood", 0xDEB887}, {"cadetblue", 0x5F9EA0}, {"chartreuse", 0x7FFF00},
	{"chocolate", 0xD2691E}, {"coral", 0xFF7F50}, {"cornflowerblue", 0x6495ED},
	{"cornsilk", 0xFFF8DC}, {"crimson", 0xDC143C}, {"cyan", 0x00FFFF},
	{"darkblue", 0x00008B}, {"darkcyan", 0x008B8B}, {"darkgoldenrod", 0xB8860B},
	{"darkgray", 0xA9A9A9}, {"darkgreen", 0x006400}, {"darkgrey", 0xA9A9A9},
	{"darkkhaki", 0xBDB76B}, {"darkmagenta", 0x8B008B}, {"darkolivegreen", 0x556B2F},
	{"darkorange", 0xFF8C00}, {"darkorchid", 0x9932CC}, {"darkred", 0x8B0000},
	{"darksalmon", 0xE9967A}, {"darkseagreen", 0x8FBC8F}, {"darkslateblue", 0x483D8B},
	{"darkslategray", 0x2F4F4F}, {"darkslategrey", 0x2F4F4F}, {"darkturquoise", 0x00CED1},
	{"darkviolet", 0x9400D3}, {"deeppink", 0xFF1493}, {"deepskyblue", 0x00BFFF},
	{"dimgray", 0x696969}, {"dimgrey", 0x696969}, {"dodgerblue", 0x1E90FF},
	{"firebrick", 0xB22222}, {"floralwhite", 0xFFFAF0}, {"forestgreen", 0x228B22},
	{"fuchsia", 0xFF00FF}, {"gainsboro", 0xDCDCDC}, {"ghostwhite", 0xF8F8FF},
	{"gold", 0xFFD700}, {"goldenrod", 0xDAA520}, {"gray", 0x808080},
	{"green", 0x008000}, {"greenyellow", 0xADFF2F}, {"grey", 0x808080},
	{"honeydew", 0xF0FFF0}, {"hotpink", 0xFF69B4}, {"indianred", 0xCD5C5C},
	{"indigo", 0x4B0082}, {"ivory", 0xFFFFF0}, {"khaki", 0xF0E68C},
	{"lavender", 0xE6E6FA}, {"lavenderblush", 0xFFF0F5}, {"lawngreen", 0x7CFC00},
	{"lemonchiffon", 0xFFFACD}, {"lightblue", 0xADD8E6}, {"lightcoral", 0xF08080},
	{"lightcyan", 0xE0FFFF}, {"lightgoldenrodyellow", 0xFAFAD2}, {"lightgray", 0xD3D3D3},
	{"lightgreen", 0x90EE90}, {"lightgrey", 0xD3D3D3}, {"lightpink", 0xFFB6C1},
	{"lightsalmon", 0xFFA07A}, {"lightseagreen", 0x20B2AA}, {"lightskyblue", 0x87CEFA},
	{"lightslategray", 0x778899}, {"lightslategrey", 0x778899}, {"lightsteelblue", 0xB0C4DE},
	{"lightyellow", 0xFFFFE0}, {"lime", 0x00FF00}, {"limegreen", 0x32CD32},
	{"linen", 0xFAF0E6}, {"magenta", 0xFF00FF}, {"maroon", 0x800000},
	{"mediumaquamarine", 0x66CDAA}, {"mediumblue", 0x0000CD}, {"mediumorchid", 0xBA55D3},
	{"mediumpurple", 0x9370DB}, {"mediumseagreen", 0x3CB371}, {"mediumslateblue", 0x7B68EE},
	{"mediumspringgreen", 0x00FA9A}, {"mediumturquoise", 0x48D1CC}, {"mediumvioletred", 0xC71585},
	{"midnightblue", 0x191970}, {"mintcream", 0xF5FFFA}, {"mistyrose", 0xFFE4E1},
	{"moccasin", 0xFFE4B5}, {"navajowhite", 0xFFDEAD}, {"navy", 0x000080},
	{"oldlace", 0xFDF5E6}, {"olive", 0x808000}, {"olivedrab", 0x6B8E23},
	{"orange", 0xFFA500}, {"orangered", 0xFF4500}, {"orchid", 0xDA70D6},
	{"palegoldenrod", 0xEEE8AA}, {"palegreen", 0x98FB98}, {"paleturquoise", 0xAFEEEE},
	{"palevioletred", 0xDB7093}, {"papayawhip", 0xFFEFD5}, {"peachpuff", 0xFFDAB9},
	{"peru", 0xCD853F}, {"pink", 0xFFC0CB}, {"plum", 0xDDA0DD},
	{"powderblue", 0xB0E0E6}, {"purple", 0x800080}, {"rebeccapurple", 0x663399},
	{"red", 0xFF0000}, {"rosybrown", 0xBC8F8F}, {"royalblue", 0x4169E1},
	{"saddlebrown", 0x8B4513}, {"salmon", 0xFA8072}, {"sandybrown", 0xF4A460},
	{"seagreen", 0x2E8B57}, {"seashell", 0xFFF5EE}, {"sienna", 0xA0522D},
	{"silver", 0xC0C0C0}, {"skyblue", 0x87CEEB}, {"slateblue", 0x6A5ACD},
	{"slategray", 0x708090}, {"slategrey", 0x708090}, {"snow", 0xFFFAFA},
	{"springgreen", 0x00FF7F}, {"steelblue", 0x4682B4}, {"tan", 0xD2B48C},
	{"teal", 0x008080}, {"thistle", 0xD8BFD8}, {"tomato", 0xFF6347},
	{"turquoise", 0x40E0D0}, {"violet", 0xEE82EE}, {"wheat", 0xF5DEB3},
	{"white", 0xFFFFFF}, {"whitesmoke", 0xF5F5F5}, {"yellow", 0xFFFF00},
	{"yellowgreen", 0x9ACD32},
};

/* The longest name, "lightgoldenrodyellow", with room to spare. */
#define NAME_MAX_LEN 31

static int by_name(const void *key, const void *entry)
{
	return strcmp(key, ((const NamedColor *)entry)->name);
}

/* s lower-cased without spaces, into buf; FALSE if too long or not ASCII. */
static gboolean name_key(const char *s, char buf[NAME_MAX_LEN + 1])
{
	size_t n = 0;
	for (; *s; s++) {
		if (*s == ' ')
			continue;
		if (!g_ascii_isalpha(*s) || n == NAME_MAX_LEN)
			return FALSE;
		buf[n++] = g_ascii_tolower(*s);
	}
	buf[n] = '\0';
	return n > 0;
}

static gboolean parse_hex(const char *s, Color *out)
{
	size_t n = strlen(s);
	if (n != 4 && n != 7)
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

gboolean color_parse(const char *s, Color *out)
{
	if (s[0] == '#')
		return parse_hex(s, out);
	char key[NAME_MAX_LEN + 1];
	const NamedColor *c = name_key(s, key)
		? bsearch(key, named, G_N_ELEMENTS(named), sizeof named[0], by_name) : NULL;
	if (c)
		*out = color_rgb(c->rgb);
	return c != NULL;
}

char *color_expected(const char *s)
{
	const char *forms = "expected #rgb, #rrggbb or a CSS colour name such as steelblue";
	char key[NAME_MAX_LEN + 1];
	if (s[0] == '#' || !name_key(s, key))
		return g_strdup(forms);
	const char *names[G_N_ELEMENTS(named)];
	for (size_t i = 0; i < G_N_ELEMENTS(named); i++)
		names[i] = named[i].name;
	const char *near = suggest_closest(key, names, (int)G_N_ELEMENTS(named));
	return near ? g_strdup_printf("no such colour name; did you mean %s?", near)
	            : g_strdup(forms);
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
