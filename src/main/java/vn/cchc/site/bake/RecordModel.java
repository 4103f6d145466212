package vn.cchc.site.bake;

import freemarker.ext.beans.StringModel;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The template model of a public record: {@code ${view.title}} calls the component's accessor directly
 * and wraps the value as FreeMarker does. FreeMarker's own model of a record (its {@code GenericObjectModel})
 * finds the accessor through its class introspection and calls it with a {@code Method.invoke} that walks
 * the stack to check its caller on every call; with thousands of such reads a page, that was a fifth of
 * the time spent rendering.
 *
 * <p>Everything else (other keys, method calls such as {@code stats.percent(1)}, {@code ?has_content},
 * {@code ?api}, listing keys and values, {@code ${view}}) is FreeMarker's own bean model, this class being
 * one, so templates see no difference.
 */
final class RecordModel extends StringModel implements MethodCallAwareTemplateHashModel {
    private final Map<String, Method> components;

    /** @param components the accessible accessors of the record's components, by name */
    RecordModel(Record record, Map<String, Method> components, ViewObjectWrapper wrapper) {
        super(record, wrapper);
        this.components = components;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Method accessor = components.get(key);
        if (accessor == null) {
            return super.get(key);
        }
        try {
            return wrapper.wrap(accessor.invoke(object));
        } catch (IllegalAccessException e) {
            throw new TemplateModelException("Cannot read " + key + " of " + object.getClass().getName(), e);
        } catch (InvocationTargetException e) {
            throw new TemplateModelException("Reading " + key + " of " + object.getClass().getName() + " failed",
                    e.getCause());
        }
    }

    /** As FreeMarker's {@code GenericObjectModel}: the bean model's method, made public for the interface. */
    @Override
    public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
        return super.getBeforeMethodCall(key);
    }
}
