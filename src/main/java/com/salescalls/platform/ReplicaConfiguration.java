package com.salescalls.platform;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;

/** The read-your-writes advice, only when read replicas are configured (without them every read is a primary's). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${app.operations.replica-urls:}'.isBlank()")
class ReplicaConfiguration {

    // an infrastructure bean, so the auto-proxy creator of the transaction and cache advice applies it too
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static ReadYourWritesAdvisor readYourWritesAdvisor() {
        return new ReadYourWritesAdvisor();
    }
}
