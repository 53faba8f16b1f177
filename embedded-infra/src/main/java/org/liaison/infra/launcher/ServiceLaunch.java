package org.liaison.infra.launcher;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one service is started, the same for {@code ./liaison up}, the system tests and the fault and bench clusters:
 * {@code java -Xmx<heap>m [options] -jar <module>/target/quarkus-app/quarkus-run.jar} with its port in
 * {@code QUARKUS_HTTP_PORT}, the caller's environment plus {@code environment}, nothing on standard input, and its
 * output appended to {@code log} (a restarted instance keeps its earlier life in the same file).
 *
 * @param instance    what the process is called in logs and the progress display ({@code orgs-service#2})
 * @param jar         the packaged service ({@link #jar(Path, Path)})
 * @param heapMiB     its {@code -Xmx}; the options after it may override it (the JVM takes the last one)
 * @param javaOptions more JVM options ({@code LIAISON_SERVICE_JAVA_OPTS} under {@code ./liaison up})
 * @param port        its HTTP port on 127.0.0.1
 * @param environment its database, broker and token key ({@link ServiceEnvironment}) and anything else it needs
 * @param log         where its standard output and error go
 */
public record ServiceLaunch(String instance, Path jar, int heapMiB, List<String> javaOptions, int port,
                            Map<String, String> environment, Path log) {

    public ServiceLaunch {
        javaOptions = List.copyOf(javaOptions);
        environment = Map.copyOf(environment);
    }

    /** The runnable jar that {@code ./mvnw package} makes of {@code module}, a directory of the repository. */
    public static Path jar(Path repository, Path module) {
        return repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The JVM that runs this one: the one {@code JAVA_HOME} or the PATH named to {@code ./liaison}, or the tests'. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public List<String> command() {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx" + heapMiB + "m"));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** A builder ready to start; the log's directory must exist. */
    public ProcessBuilder processBuilder() {
        ProcessBuilder builder = new ProcessBuilder(command())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return builder;
    }
}
