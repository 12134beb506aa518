using AgentGym.Cli;

return AgentGymCli.Run(args);
