/* fv-nearest.c — the known name nearest to a misspelt one ("titel": "title")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An unknown member's message names the member the author likely meant.
 * The names compared are short (a member of the fact model, at most
 * FV_NEAREST_MAX_LENGTH characters), and the distance is cut off early:
 * each unknown member costs a bounded amount of work, so a file of many
 * costs in proportion to its size.
 */
#include "config.h"

#include <string.h>

#include "fv-nearest.h"

/* The optimal string alignment distance of A and B (an insertion, a
 * deletion, a substitution or two letters swapped count one each), or
 * LIMIT + 1 when it is over LIMIT. */
static guint
distance_within (const char *a,
                 const char *b,
                 guint       limit)
{
  guint la = strlen (a), lb = strlen (b);
  guint rows[3][FV_NEAREST_MAX_LENGTH + 1];
  guint *two_back = rows[0], *back = rows[1], *row = rows[2];

  if (la > FV_NEAREST_MAX_LENGTH || lb > FV_NEAREST_MAX_LENGTH ||
      (la > lb ? la - lb : lb - la) > limit)
    return limit + 1;

  for (guint j = 0; j <= lb; j++)
    back[j] = j;
  for (guint i = 1; i <= la; i++)
    {
      guint least;
      guint *spare;

      row[0] = least = i;
      for (guint j = 1; j <= lb; j++)
        {
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;
          guint d = MIN (MIN (back[j] + 1, row[j - 1] + 1), back[j - 1] + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            d = MIN (d, two_back[j - 2] + 1);
          row[j] = d;
          least = MIN (least, d);
        }
      /* Every way on is as long at least. */
      if (least > limit)
        return limit + 1;
      spare = two_back;
      two_back = back;
      back = row;
      row = spare;
    }

  return back[lb];
}

/**
 * fv_nearest_name:
 * @name: a name that is not among @known
 * @known: (array zero-terminated=1): the names that are
 *
 * Returns: (nullable): the name of @known nearest to @name, where it is
 *   near enough to be a slip of the keys (at most two edits, and fewer
 *   than a third of the name); the first of equals; NULL otherwise
 */
const char *
fv_nearest_name (const char         *name,
                 const char * const *known)
{
  const char *best = NULL;
  guint best_distance;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (known != NULL, NULL);

  best_distance = MIN (2, strlen (name) / 3) + 1;
  for (guint i = 0; known[i] != NULL; i++)
    {
      guint d = distance_within (name, known[i], best_distance - 1);

      if (d < best_distance)
        {
          best = known[i];
          best_distance = d;
        }
    }

  return best;
}

/**
 * fv_nearest_member:
 * @object: an object that lacks the member @name
 *
 * Returns: (nullable): a member of @object near enough to @name to be it
 *   misspelt ("titel" for "title"), or NULL
 */
const char *
fv_nearest_member (JsonObject *object,
                   const char *name)
{
  const char *one[] = { name, NULL };
  JsonObjectIter iter;
  const char *member;

  g_return_val_if_fail (object != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, NULL))
    if (fv_nearest_name (member, one) != NULL)
      return member;

  return NULL;
}
