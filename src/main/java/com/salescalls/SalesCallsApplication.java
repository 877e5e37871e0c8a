package com.salescalls;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SalesCallsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesCallsApplication.class, args);
    }
}
