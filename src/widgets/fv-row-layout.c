/* fv-row-layout.c — a list row's children stacked, measured only for height
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays out a row of the event list as a vertical GtkBox does (each visible
 * child at its full width and its natural height for that width, SPACING
 * pixels apart), but answers its width from its first child alone. A
 * GtkListView measures the width of every row it keeps (up to 200 in GTK
 * 4.8) each time one is rebound, and a wrapping, ellipsized GtkLabel lays
 * its text out twice more for that (at width 0 and unwrapped), which is
 * most of a scroll frame. The row's other children are ellipsized: they
 * shrink to the width of an ellipsis, so the first child (the date, one
 * line) is what the row's least width is, and their natural width would
 * only set the list's, which its scrolled window does not use.
 */
#include "config.h"

#include "fv-row-layout.h"

struct _FvRowLayout
{
  GtkLayoutManager parent_instance;
  int              spacing;
};

G_DEFINE_FINAL_TYPE (FvRowLayout, fv_row_layout, GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
fv_row_layout_get_request_mode (GtkLayoutManager *manager,
                                GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
fv_row_layout_measure (GtkLayoutManager *manager,
                       GtkWidget        *widget,
                       GtkOrientation    orientation,
                       int               for_size,
                       int              *minimum,
                       int              *natural,
                       int              *minimum_baseline,
                       int              *natural_baseline)
{
  FvRowLayout *self = FV_ROW_LAYOUT (manager);
  GtkWidget *first = gtk_widget_get_first_child (widget);
  int n_visible = 0;

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (first != NULL && gtk_widget_should_layout (first))
        gtk_widget_measure (first, orientation, -1, minimum, natural, NULL, NULL);
      return;
    }

  for (GtkWidget *child = first; child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, for_size, &child_min, &child_nat, NULL, NULL);
      *minimum += child_min;
      *natural += child_nat;
      n_visible++;
    }
  if (n_visible > 1)
    {
      *minimum += self->spacing * (n_visible - 1);
      *natural += self->spacing * (n_visible - 1);
    }
}

static void
fv_row_layout_allocate (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        int               width,
                        int               height,
                        int               baseline)
{
  FvRowLayout *self = FV_ROW_LAYOUT (manager);
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      /* Measured for this width already: the widget's size cache answers. */
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &child_min, &child_nat,
                          NULL, NULL);
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, child_nat }, -1);
      y += child_nat + self->spacing;
    }
}

static void
fv_row_layout_class_init (FvRowLayoutClass *klass)
{
  GtkLayoutManagerClass *manager_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  manager_class->get_request_mode = fv_row_layout_get_request_mode;
  manager_class->measure = fv_row_layout_measure;
  manager_class->allocate = fv_row_layout_allocate;
}

static void
fv_row_layout_init (FvRowLayout *self)
{
}

/**
 * fv_row_layout_new:
 * @spacing: the pixels between two children
 */
GtkLayoutManager *
fv_row_layout_new (int spacing)
{
  FvRowLayout *self;

  g_return_val_if_fail (spacing >= 0, NULL);

  self = g_object_new (FV_TYPE_ROW_LAYOUT, NULL);
  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
