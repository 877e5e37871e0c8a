package com.salescalls;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SalesCallsApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SalesCallsApplication.class);
        // `--generate=N` is a one-off command: no web server, exit when the calls are stored.
        boolean command = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--generate"));
        if (command) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        ConfigurableApplicationContext context = application.run(args);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
