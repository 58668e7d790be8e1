/* fv-squeezer.c — a wide child where it fits, a narrow one where it does not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 has no breakpoints (libadwaita's AdwSqueezer and its view switcher
 * title do this for GNOME's apps): the header bar's tabs give way to the
 * window's title when the window is narrow, and the window shows the tabs
 * in a bar at its bottom instead, bound to :wide-shown. The squeezer asks
 * for as little width as its narrow child, and as much as its wide one.
 */
#include "config.h"

#include "fv-squeezer.h"

struct _FvSqueezer
{
  GtkWidget  parent_instance;

  GtkWidget *wide;
  GtkWidget *narrow;
  gboolean   wide_shown;
  guint      notify_id;
};

static void fv_squeezer_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (FvSqueezer, fv_squeezer, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, fv_squeezer_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_WIDE,
  PROP_NARROW,
  PROP_WIDE_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
fv_squeezer_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  FvSqueezer *self = FV_SQUEEZER (widget);
  int wide_min = 0, wide_nat = 0, narrow_min = 0, narrow_nat = 0;

  if (self->wide != NULL)
    gtk_widget_measure (self->wide, orientation, -1, &wide_min, &wide_nat, NULL, NULL);
  if (self->narrow != NULL)
    gtk_widget_measure (self->narrow, orientation, -1, &narrow_min, &narrow_nat, NULL, NULL);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->narrow != NULL ? narrow_min : wide_min;
      *natural = MAX (wide_nat, *minimum);
    }
  else
    {
      *minimum = MAX (wide_min, narrow_min);
      *natural = MAX (wide_nat, narrow_nat);
    }
}

static gboolean
notify_wide_shown (gpointer user_data)
{
  FvSqueezer *self = user_data;

  self->notify_id = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDE_SHOWN]);
  return G_SOURCE_REMOVE;
}

static void
fv_squeezer_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  FvSqueezer *self = FV_SQUEEZER (widget);
  gboolean fits = TRUE;
  GtkWidget *shown;

  if (self->wide != NULL && self->narrow != NULL)
    {
      int wide_min;

      gtk_widget_measure (self->wide, GTK_ORIENTATION_HORIZONTAL, -1, &wide_min, NULL, NULL, NULL);
      fits = width >= wide_min;
    }

  shown = fits ? self->wide : self->narrow;
  if (self->wide != NULL)
    gtk_widget_set_child_visible (self->wide, fits);
  if (self->narrow != NULL)
    gtk_widget_set_child_visible (self->narrow, !fits);
  if (shown != NULL)
    gtk_widget_allocate (shown, width, height, baseline, NULL);

  /* Told after this layout, not during it: what listens (the bottom bar)
   * changes the window's size in turn. */
  if (fits != self->wide_shown)
    {
      self->wide_shown = fits;
      if (self->notify_id == 0)
        self->notify_id = g_idle_add (notify_wide_shown, self);
    }
}

static void
set_child (FvSqueezer  *self,
           GtkWidget  **slot,
           GtkWidget   *child)
{
  if (*slot == child)
    return;
  g_clear_pointer (slot, gtk_widget_unparent);
  if (child != NULL)
    {
      *slot = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
fv_squeezer_set_wide (FvSqueezer *self,
                      GtkWidget  *child)
{
  g_return_if_fail (FV_IS_SQUEEZER (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->wide, child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIDE]);
}

void
fv_squeezer_set_narrow (FvSqueezer *self,
                        GtkWidget  *child)
{
  g_return_if_fail (FV_IS_SQUEEZER (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  set_child (self, &self->narrow, child);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NARROW]);
}

/**
 * fv_squeezer_get_wide_shown:
 *
 * Returns: whether the wide child is the one shown (at the last layout)
 */
gboolean
fv_squeezer_get_wide_shown (FvSqueezer *self)
{
  g_return_val_if_fail (FV_IS_SQUEEZER (self), TRUE);

  return self->wide_shown;
}

static void
fv_squeezer_dispose (GObject *object)
{
  FvSqueezer *self = FV_SQUEEZER (object);

  g_clear_handle_id (&self->notify_id, g_source_remove);
  g_clear_pointer (&self->wide, gtk_widget_unparent);
  g_clear_pointer (&self->narrow, gtk_widget_unparent);

  G_OBJECT_CLASS (fv_squeezer_parent_class)->dispose (object);
}

static void
fv_squeezer_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  FvSqueezer *self = FV_SQUEEZER (object);

  switch (prop_id)
    {
    case PROP_WIDE:
      g_value_set_object (value, self->wide);
      break;
    case PROP_NARROW:
      g_value_set_object (value, self->narrow);
      break;
    case PROP_WIDE_SHOWN:
      g_value_set_boolean (value, self->wide_shown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
fv_squeezer_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  FvSqueezer *self = FV_SQUEEZER (object);

  switch (prop_id)
    {
    case PROP_WIDE:
      fv_squeezer_set_wide (self, g_value_get_object (value));
      break;
    case PROP_NARROW:
      fv_squeezer_set_narrow (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* In a .ui file: <child type="wide"> and <child type="narrow">. */
static void
fv_squeezer_buildable_add_child (GtkBuildable *buildable,
                                 GtkBuilder   *builder,
                                 GObject      *child,
                                 const char   *type)
{
  FvSqueezer *self = FV_SQUEEZER (buildable);

  if (GTK_IS_WIDGET (child) && g_strcmp0 (type, "wide") == 0)
    fv_squeezer_set_wide (self, GTK_WIDGET (child));
  else if (GTK_IS_WIDGET (child) && g_strcmp0 (type, "narrow") == 0)
    fv_squeezer_set_narrow (self, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
fv_squeezer_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = fv_squeezer_buildable_add_child;
}

static void
fv_squeezer_class_init (FvSqueezerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = fv_squeezer_dispose;
  object_class->get_property = fv_squeezer_get_property;
  object_class->set_property = fv_squeezer_set_property;
  widget_class->measure = fv_squeezer_measure;
  widget_class->size_allocate = fv_squeezer_size_allocate;

  properties[PROP_WIDE] =
    g_param_spec_object ("wide", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NARROW] =
    g_param_spec_object ("narrow", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WIDE_SHOWN] =
    g_param_spec_boolean ("wide-shown", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
fv_squeezer_init (FvSqueezer *self)
{
  self->wide_shown = TRUE;
}
