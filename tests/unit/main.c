/* main: runs every registered unit-test group in name order; the exit status
 * says whether any test failed. */
#include "units.h"

#include <glib.h>
#include <string.h>

typedef struct Group { const char *name; int (*run)(void); } Group;

static GArray *groups;   /* of Group; lives for the process */

void units_register(const char *name, int (*run)(void))
{
	if (!groups)
		groups = g_array_new(FALSE, FALSE, sizeof(Group));
	Group g = {name, run};
	g_array_append_val(groups, g);
}

static gint by_name(gconstpointer a, gconstpointer b)
{
	return strcmp(((const Group *)a)->name, ((const Group *)b)->name);
}

int main(void)
{
	int failed = 0;
	if (!groups)
		return 1;
	g_array_sort(groups, by_name);
	for (guint i = 0; i < groups->len; i++)
		failed += g_array_index(groups, Group, i).run();
	g_array_free(groups, TRUE);
	return failed ? 1 : 0;
}
