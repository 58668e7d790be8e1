/* fv-test-window.h — finding widgets in a real window, and waiting for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What every test of the window does: turn the main loop, wait for a
 * window to be gone, and find a widget in its tree by type, text or style
 * class.
 */
#pragma once

#include <gtk/gtk.h>

static inline void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Until the weak pointer POINTER is cleared: a window destroyed is
 * finalized some turns of the main loop later. */
static inline void
wait_until_finalized (gpointer *pointer)
{
  for (guint i = 0; i < 1000 && *pointer != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (*pointer);
}

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

/* The first widget, depth first from WIDGET itself, that MATCH takes. */
static inline GtkWidget *
find_where (GtkWidget     *widget,
            Match          match,
            gconstpointer  data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_where (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static inline gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  name)
{
  return gtk_widget_has_css_class (widget, name);
}

static inline gboolean
is_label_with_text (GtkWidget     *widget,
                    gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static inline GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  return find_where (widget, is_of_type, GSIZE_TO_POINTER (type));
}
