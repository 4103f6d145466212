package vn.cchc.site.bake;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * FreeMarker's default object wrapper, with a faster model for the records that page models are made
 * of ({@link ItemView}, {@link Pager}, {@link Link}...): see {@link RecordModel}. Any other object is
 * wrapped exactly as by {@link DefaultObjectWrapper}.
 */
final class ViewObjectWrapper extends DefaultObjectWrapper {
    /** The accessor of each component by name, made accessible once per record class. */
    private final ClassValue<Map<String, Method>> components = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                accessors.put(component.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };

    ViewObjectWrapper(Version incompatibleImprovements) {
        super(new DefaultObjectWrapperBuilder(incompatibleImprovements), true);
        finalizeConstruction(true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object object) throws TemplateModelException {
        if (object instanceof Record record && Modifier.isPublic(record.getClass().getModifiers())) {
            return new RecordModel(record, components.get(record.getClass()), this);
        }
        return super.handleUnknownType(object);
    }
}
